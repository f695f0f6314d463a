package eu.restproject.academy.content.api;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.content.ModuleAdministration;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.ValidBundle;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Modules for programs: the catalogue with versions and lesson ids, a module's manifest, and bundle uploads. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    /** A module with all its versions. */
    public record ModuleJson(String id, String currentVersion, Map<String, String> title, List<VersionJson> versions) {}

    /** One version: its languages and lesson ids. */
    public record VersionJson(
            String version, boolean retired, String contentHash, List<String> languages, List<String> lessons) {}

    /** The manifest of a version as published. */
    public record ManifestJson(
            String id,
            String version,
            Map<String, String> title,
            Map<String, String> summary,
            Map<String, String> audience,
            int estimatedMinutes,
            List<LessonJson> lessons) {}

    /** One lesson entry of a manifest. */
    public record LessonJson(
            String id,
            Map<String, String> title,
            String change,
            Map<String, String> note,
            List<String> languages,
            List<Manifest.Reference> references) {}

    /** The outcome of an upload. */
    public record UploadJson(String result, String module, String version, List<ProblemJson> problems) {}

    /** One problem of an uploaded bundle. */
    public record ProblemJson(String file, int line, String message) {}

    @Inject
    private Library library;

    @Inject
    private ModuleAdministration administration;

    @Inject
    private CurrentCaller currentCaller;

    @GET
    @Path("modules")
    @Operation(summary = "Every module with its versions, languages and lesson ids")
    @APIResponse(responseCode = "200", description = "The modules")
    public List<ModuleJson> modules() {
        return library.all().entrySet().stream()
                .map(entry -> {
                    List<ModuleVersion> versions = entry.getValue();
                    ModuleVersion shown = Library.currentOf(versions).orElse(versions.get(versions.size() - 1));
                    return new ModuleJson(
                            entry.getKey(),
                            Library.currentOf(versions)
                                    .map(ModuleVersion::getVersion)
                                    .orElse(null),
                            texts(library.bundle(shown).manifest().title()),
                            versions.stream().map(this::version).toList());
                })
                .toList();
    }

    @GET
    @Path("modules/{id}")
    @Operation(summary = "The manifest of a module's current version (or of ?version=x.y.z)")
    @APIResponse(responseCode = "200", description = "The manifest")
    @APIResponse(responseCode = "404", description = "No such module or version")
    public ManifestJson module(@PathParam("id") String id, @QueryParam("version") String version) {
        ModuleVersion found = version == null
                ? library.getCurrent(id)
                : library.find(id, version)
                        .orElseThrow(
                                () -> new eu.restproject.academy.platform.NotFoundException("error.module.notFound"));
        ValidBundle bundle = library.bundle(found);
        Manifest m = bundle.manifest();
        return new ManifestJson(
                m.id(),
                m.version().toString(),
                texts(m.title()),
                texts(m.summary()),
                texts(m.audience()),
                m.estimatedMinutes(),
                m.lessons().stream()
                        .map(l -> new LessonJson(
                                l.id(),
                                texts(l.title()),
                                l.change().yamlName(),
                                texts(l.note()),
                                bundle.lessons().get(l.id()).keySet().stream()
                                        .map(Language::code)
                                        .sorted()
                                        .toList(),
                                l.references()))
                        .toList());
    }

    @POST
    @Path("bundles")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a bundle archive (admin). Nothing is stored unless the whole bundle is valid.")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "200", description = "This exact version was already published")
    @APIResponse(
            responseCode = "422",
            description = "Refused; every problem with file and line, or (as an error with a "
                    + "translated message) a file that is not a zip archive or a damaged one")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public Response upload(InputStream body, @QueryParam("name") String name) throws IOException {
        byte[] archive = body.readNBytes((int) ModuleAdministration.MAX_ARCHIVE_BYTES + 1);
        BundlePublisher.Publication publication =
                administration.upload(currentCaller.get(), name == null ? "upload.zip" : name, archive);
        UploadJson json = new UploadJson(
                publication.result().name().toLowerCase(java.util.Locale.ROOT),
                publication.version().map(ModuleVersion::getModuleId).orElse(null),
                publication.version().map(ModuleVersion::getVersion).orElse(null),
                publication.problems().stream()
                        .map(p -> new ProblemJson(p.file(), p.line(), p.message()))
                        .toList());
        int status = switch (publication.result()) {
            case PUBLISHED -> 201;
            case ALREADY_PUBLISHED -> 200;
            case REFUSED -> 422;
        };
        return Response.status(status).entity(json).build();
    }

    private VersionJson version(ModuleVersion v) {
        ValidBundle bundle = library.bundle(v);
        List<String> languages = java.util.Arrays.stream(Language.values())
                .filter(language -> bundle.lessons().values().stream().allMatch(texts -> texts.containsKey(language)))
                .map(Language::code)
                .toList();
        return new VersionJson(
                v.getVersion(),
                v.isRetired(),
                v.getContentHash(),
                languages,
                bundle.manifest().lessons().stream().map(Manifest.Lesson::id).toList());
    }

    private static Map<String, String> texts(Map<Language, String> texts) {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
