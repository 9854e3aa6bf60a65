package nl.stapwijs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.stapwijs.base.ui.VaadinScan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;

/** The one-way rules of ARCHITECTURE.md and STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "nl.stapwijs", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NotGeneratedByAot.class})
class ArchitectureTest {

    /** The bean definitions Spring AOT writes at {@code package} (Foo__BeanDefinitions) are the build's, not ours. */
    static final class NotGeneratedByAot implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }

    /**
     * Spring AOT decides at build time which beans exist, so a bean condition on a setting
     * (a property, a profile, an environment variable) would be frozen there and ignore the
     * station's configuration. Such choices are made in the bean itself when the app starts.
     */
    @ArchTest
    static void beans_do_not_depend_on_settings(JavaClasses all) {
        List<String> conditional = new ArrayList<>();
        for (JavaClass type : all) {
            if (hasSettingCondition(type)) {
                conditional.add(type.getName());
            }
            type.getMethods().stream().filter(ArchitectureTest::hasSettingCondition)
                    .forEach(method -> conditional.add(method.getFullName()));
        }
        assertThat(conditional).as("bean conditions that Spring AOT would fix at build time").isEmpty();
    }

    private static boolean hasSettingCondition(CanBeAnnotated element) {
        return element.isMetaAnnotatedWith(Conditional.class) && !element.isAnnotatedWith(ConditionalOnWebApplication.class);
    }

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices()
            .matching("nl.stapwijs.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage("nl.stapwijs.base..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.stapwijs.workforce..", "nl.stapwijs.instruction..",
                    "nl.stapwijs.production..", "nl.stapwijs.wagevalue..", "nl.stapwijs.coaching..",
                    "nl.stapwijs.station..", "nl.stapwijs.hardware..", "nl.stapwijs.barcode..", "nl.stapwijs.sync..",
                    "nl.stapwijs.demo..");

    /** Vaadin looks for these only in the packages {@link VaadinScan} names; elsewhere they would be lost. */
    @ArchTest
    static void vaadin_finds_every_view(JavaClasses all) {
        String[] scanned = Arrays.stream(VaadinScan.class.getAnnotation(EnableVaadin.class).value()).map(p -> p + "..")
                .toArray(String[]::new);
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RouteAlias.class).or().areAnnotatedWith(Layout.class)
                .or().areAssignableTo(HasErrorParameter.class).or().areAssignableTo(AppShellConfigurator.class)
                .should().resideInAnyPackage(scanned)
                .because("VaadinScan lists the packages Vaadin reads at start-up; add a new view package there")
                .check(all);
    }

    @ArchTest
    static final ArchRule domain_code_knows_no_screen = noClasses()
            .that().resideInAPackage("nl.stapwijs.(*)..")
            .and().resideOutsideOfPackages("..ui..", "nl.stapwijs.station..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule services_never_call_screens = noClasses()
            .that().resideOutsideOfPackages("..ui..", "nl.stapwijs.station..", "nl.stapwijs.demo..")
            .and().resideInAPackage("nl.stapwijs.(*)..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "nl.stapwijs.station..");

    @ArchTest
    static final ArchRule only_the_hardware_package_uses_pi4j = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.hardware.pi4j..")
            .should().dependOnClassesThat().resideInAPackage("com.pi4j..");

    @ArchTest
    static final ArchRule only_serial_scanners_use_jserialcomm = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.hardware.serial..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..");

    @ArchTest
    static final ArchRule only_the_systemd_package_uses_unix_sockets = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.base.systemd..")
            .should().dependOnClassesThat().resideInAPackage("org.newsclub..");

    @ArchTest
    static final ArchRule only_the_barcode_package_uses_zxing = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.barcode..")
            .should().dependOnClassesThat().resideInAPackage("com.google.zxing..");

    @ArchTest
    static final ArchRule only_repositories_and_the_database_use_jdbi = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.base.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .and().haveSimpleNameNotEndingWith("Mapper")
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    @ArchTest
    static final ArchRule the_hardware_knows_nothing_of_production = noClasses()
            .that().resideInAPackage("nl.stapwijs.hardware..")
            .and().resideOutsideOfPackage("nl.stapwijs.hardware.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.stapwijs.production..", "nl.stapwijs.station..",
                    "nl.stapwijs.instruction..", "nl.stapwijs.workforce..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_demo = noClasses()
            .that().resideOutsideOfPackage("nl.stapwijs.demo..")
            .should().dependOnClassesThat().resideInAPackage("nl.stapwijs.demo..");
}
