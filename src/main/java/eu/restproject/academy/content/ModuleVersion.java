package eu.restproject.academy.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of one module. Immutable once stored, except that an admin may retire it:
 * a retired version is no longer offered, but learners' progress made in it still counts.
 */
@Entity
@Table(name = "module_version")
@NamedQuery(
        name = "ModuleVersion.ofModule",
        query = "select v from ModuleVersion v where v.moduleId = :module order by v.major, v.minor, v.patch")
@NamedQuery(
        name = "ModuleVersion.all",
        query = "select v from ModuleVersion v order by v.moduleId, v.major, v.minor, v.patch")
public class ModuleVersion {

    /** Where a version came from. */
    public enum Source {
        FOLDER,
        UPLOAD,
        AUTHORING
    }

    @Id
    @SequenceGenerator(name = "module_version_seq", sequenceName = "module_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_version_seq")
    private Long id;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(nullable = false, length = 20)
    private String version;

    private int major;
    private int minor;
    private int patch;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Source source;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ModuleVersion() {
        // for JPA
    }

    ModuleVersion(String moduleId, SemanticVersion version, String contentHash, Source source) {
        this.moduleId = moduleId;
        this.version = version.toString();
        this.major = version.major();
        this.minor = version.minor();
        this.patch = version.patch();
        this.contentHash = contentHash;
        this.source = source;
        this.publishedAt = Instant.now();
    }

    void retire(Instant when) {
        this.retiredAt = when;
    }

    void reinstate() {
        this.retiredAt = null;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public SemanticVersion semanticVersion() {
        return new SemanticVersion(major, minor, patch);
    }

    public Long getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Source getSource() {
        return source;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
