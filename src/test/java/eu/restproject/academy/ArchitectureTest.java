package eu.restproject.academy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The package rules of the style guide ({@code shared/guides/style.md}) as code, checked on the main
 * classes with every unit test run, so that a dependency in the wrong direction fails the build the day
 * it is written instead of being found in a review months later. ArchUnit's JUnit engine imports the
 * classes once and runs every {@code @ArchTest} rule as a test.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "eu.restproject.academy";

    private static final String TWO_DOORS = "JAX-RS resources and Faces beans are two doors to the same services;"
            + " what both need belongs to the service layer or to platform, not to either door";

    /**
     * The features, lowest first, as the code really uses them: a feature may use the ones on earlier
     * rows, never a later row nor another feature of its own row. {@code quiz} (the question model) sits
     * below {@code content} (bundles that carry quizzes); {@code report} reads across the features; {@code mail} (the
     * outbox) knows no feature, and every feature may write to it.
     */
    private static final List<List<String>> LEVELS = List.of(
            List.of("platform"),
            List.of("mail"),
            List.of("people"),
            List.of("quiz"),
            List.of("content"),
            List.of("learning"),
            List.of("seminar"),
            List.of("certificate", "authoring", "report"));

    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage(feature("platform"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(featuresExcept("platform"))
            .because("platform (configuration, security, i18n, rendering, migrations) is used by every"
                    + " feature and must stay usable without any of them");

    @ArchTest
    static final ArchRule peopleDependsOnlyOnPlatformAndMail = noClasses()
            .that()
            .resideInAPackage(feature("people"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(featuresExcept("platform", "mail", "people"))
            .because("accounts, roles and privacy are needed by every feature, so people may know"
                    + " nothing of what the features do with them (but the outbox, to write to a person)");

    @ArchTest
    static final ArchRule noFeatureDependsOnAFeatureAboveIt = levels().because(
                    "dependencies point one way: a feature builds on lower features and is never"
                            + " called back by them, so each one can be understood and tested without the ones above");

    @ArchTest
    static final ArchRule noTwoFeaturesDependOnEachOther = slices().matching(ROOT + ".(*)..")
            .should()
            .beFreeOfCycles()
            .because("in two packages that import each other neither can change alone; the lower one must"
                    + " not know the upper one");

    @ArchTest
    static final ArchRule apiClassesDoNotUseWebClasses = noClasses()
            .that()
            .resideInAPackage("..api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..")
            .because(TWO_DOORS);

    @ArchTest
    static final ArchRule webClassesDoNotUseApiClasses = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api..")
            .because(TWO_DOORS);

    @ArchTest
    static final ArchRule servicesUseNeitherDoor = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + "..api..", ROOT + "..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "..api..", ROOT + "..web..")
            .because("dependencies point one way, from the doors (pages and resources) to the services;"
                    + " a service that knew a door could not be called from the other");

    @ArchTest
    static final ArchRule featuresMeetThroughServicesNotThroughEachOthersPages =
            CompositeArchRule.of(Arrays.stream(featuresExcept("platform"))
                    .map(ArchitectureTest::pagesOfNoOtherFeature)
                    .toList());

    @ArchTest
    static final ArchRule onlyServicesUseTheEntityManagerAndTransactions = noClasses()
            .that()
            .resideOutsideOfPackages(servicePackages())
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(EntityManager.class, Transactional.class)
            .because("services (the classes in a feature's own package) own the"
                    + " transactions and the checks that go with them (country scope, row locks); a Faces"
                    + " bean or a resource only translates between its door and a service");

    @ArchTest
    static final ArchRule reportWritesNothing = noClasses()
            .that()
            .resideInAPackage(feature("report"))
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(EntityManager.class, Transactional.class)
            .because("report reads across features and writes nothing: it reads through the services of"
                    + " the features that own the data, which keep their queries and country checks");

    /** The feature's pages use no other feature's pages, but for quiz.web. */
    private static ArchRule pagesOfNoOtherFeature(String feature) {
        String[] otherPages = Arrays.stream(featuresExcept("platform", "quiz"))
                .filter(other -> !other.equals(feature))
                .map(other -> other.replace("..", ".web.."))
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(feature.replace("..", ".web.."))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(otherPages)
                .because("features talk through services or CDI events; the one shared piece of pages is"
                        + " quiz.web, the beans behind the question markup that the attempt page and the"
                        + " authors' preview both show");
    }

    /** One layer per feature, each allowed to use the features of the lower levels only. */
    private static LayeredArchitecture levels() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> level : LEVELS) {
            for (String feature : level) {
                architecture = architecture.layer(feature).definedBy(feature(feature));
            }
        }
        List<String> lower = new ArrayList<>();
        for (List<String> level : LEVELS) {
            for (String feature : level) {
                architecture = lower.isEmpty()
                        ? architecture.whereLayer(feature).mayNotAccessAnyLayer()
                        : architecture.whereLayer(feature).mayOnlyAccessLayers(lower.toArray(String[]::new));
            }
            lower.addAll(level);
        }
        return architecture.ensureAllClassesAreContainedInArchitecture();
    }

    private static String feature(String name) {
        return ROOT + "." + name + "..";
    }

    /**
     * The services: a feature's own package, without its sub-packages. Platform is not among them: none
     * of it needs the database through JPA (migrations run on the data source with Flyway).
     */
    private static String[] servicePackages() {
        return LEVELS.stream()
                .flatMap(List::stream)
                .filter(feature -> !feature.equals("platform"))
                .map(feature -> ROOT + "." + feature)
                .toArray(String[]::new);
    }

    private static String[] featuresExcept(String... allowed) {
        List<String> allowedList = List.of(allowed);
        return LEVELS.stream()
                .flatMap(List::stream)
                .filter(feature -> !allowedList.contains(feature))
                .map(ArchitectureTest::feature)
                .toArray(String[]::new);
    }
}
