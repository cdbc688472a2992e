package clinic.letdown.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules of DEVELOPERS.md ("Layout"), checked over the compiled classes: arrows run
 * down the floors of {@link #FLOORS}; {@code web} and {@code audit} import no feature; {@code report}
 * writes nothing; nothing imports {@code portal}; no migration imports app code. A page resource
 * (and its checked templates) may compose other features' read models, so its own arrows are set
 * aside; entities and services never reach up.
 */
class PackageRulesTest {

    /** The packages from the ground floor up: a class may depend on its own floor and those below. */
    static final List<String> FLOORS = List.of("audit", "web", "account", "client", "appointment", "consultation", "growth", "strategy",
            "careplan", "letdownlog", "report", "portal", "admin", "demo");

    static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("clinic.letdown", "db.migration");

    /** A page resource or one of its nested classes (its checked templates). */
    static final DescribedPredicate<JavaClass> PAGE_RESOURCE = DescribedPredicate.describe("a page resource",
            c -> c.getName().matches(".*Resource(\\$.*)?"));

    @Test
    void everyPackageIsOnAFloor() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass c : APP) {
            String floor = floorOf(c);
            if (floor != null && !FLOORS.contains(floor)) {
                unknown.add(floor);
            }
        }
        assertEquals(Set.of(), unknown, "add each new package to FLOORS and to DEVELOPERS.md's picture");
    }

    @Test
    void arrowsRunDownSettingAsideThePageResources() {
        List<String> upward = new ArrayList<>();
        for (JavaClass c : APP) {
            String from = floorOf(c);
            if (from == null || PAGE_RESOURCE.test(c)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = floorOf(d.getTargetClass());
                if (to != null && FLOORS.indexOf(to) > FLOORS.indexOf(from)) {
                    upward.add(from + " -> " + to + ": " + d.getDescription());
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void noCyclesBetweenPackagesSettingAsideThePageResources() {
        slices().matching("clinic.letdown.(*)..").should().beFreeOfCycles()
                .ignoreDependency(PAGE_RESOURCE, DescribedPredicate.alwaysTrue())
                .check(APP);
    }

    @Test
    void theGroundFloorsImportNoFeature() {
        noClasses().that().resideInAPackage("clinic.letdown.web..").should().dependOnClassesThat(
                resideInAPackage("clinic.letdown..").and(not(resideInAnyPackage("clinic.letdown.web..",
                        "clinic.letdown.audit..")))).check(APP);
        noClasses().that().resideInAPackage("clinic.letdown.audit..").should().dependOnClassesThat(
                resideInAPackage("clinic.letdown..").and(not(resideInAPackage("clinic.letdown.audit..")))).check(APP);
    }

    /** Reports read what the features write: no entity is saved, changed or removed from report/ (its audit events aside). */
    @Test
    void reportsWriteNothing() {
        noClasses().that().resideInAPackage("clinic.letdown.report..").should().callMethodWhere(
                DescribedPredicate.describe("a write to the database", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean entityWrite = (owner.startsWith("io.quarkus.hibernate.orm.panache")
                            || owner.startsWith("clinic.letdown.")) && Set.of("persist", "persistAndFlush", "delete",
                                    "deleteAll", "deleteById", "update").contains(name);
                    boolean jpaWrite = owner.equals("jakarta.persistence.EntityManager")
                            && Set.of("persist", "merge", "remove").contains(name);
                    // ReportSql.tuneForReports sets a planner option for its transaction ("SET LOCAL jit = off"), no data
                    boolean statementWrite = (name.equals("executeUpdate") || name.equals("executeBatch"))
                            && !call.getOrigin().getName().equals("tuneForReports");
                    return entityWrite || jpaWrite || statementWrite;
                })).check(APP);
    }

    @Test
    void nothingImportsThePortal() {
        noClasses().that().resideOutsideOfPackage("clinic.letdown.portal..").should()
                .dependOnClassesThat().resideInAPackage("clinic.letdown.portal..").check(APP);
    }

    /** A migration must do the same thing whenever it runs: it carries the code it needs. */
    @Test
    void noMigrationImportsAppCode() {
        noClasses().that().resideInAPackage("db.migration..").should()
                .dependOnClassesThat().resideInAPackage("clinic.letdown..").check(APP);
    }

    private static String floorOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("clinic.letdown.")) {
            return null;
        }
        String rest = name.substring("clinic.letdown.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
