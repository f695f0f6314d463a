package eu.restproject.academy.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One file of a published bundle, stored as it was published: the database keeps every version whole. */
@Entity
@Table(name = "bundle_file")
@IdClass(BundleFile.Key.class)
@NamedQuery(name = "BundleFile.ofVersion", query = "select f from BundleFile f where f.versionId = :version")
public class BundleFile {

    /** Version and path. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long versionId;
        private String path;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(versionId, key.versionId)
                    && java.util.Objects.equals(path, key.path);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(versionId, path);
        }
    }

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Id
    @Column(length = 255)
    private String path;

    @Column(nullable = false)
    private byte[] content;

    protected BundleFile() {
        // for JPA
    }

    BundleFile(long versionId, String path, byte[] content) {
        this.versionId = versionId;
        this.path = path;
        this.content = content.clone();
    }

    public String getPath() {
        return path;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
