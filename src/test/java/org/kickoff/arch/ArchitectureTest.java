package org.kickoff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md, checked: dependencies point inward, nothing depends on the UI or the app. */
@AnalyzeClasses(packages = "org.kickoff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy("org.kickoff.app..")
            .layer("Cli").definedBy("org.kickoff.cli..")
            .layer("Ui").definedBy("org.kickoff.ui..")
            .layer("Report").definedBy("org.kickoff.report..")
            .layer("Storage").definedBy("org.kickoff.storage..")
            .layer("I18n").definedBy("org.kickoff.i18n..")
            .layer("Domain").definedBy("org.kickoff.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("I18n").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Report");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("org.kickoff.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule uiFeaturesAreFreeOfCycles = slices().matching("org.kickoff.ui.(*)..").should()
            .beFreeOfCycles();

    /** The open project is a session the features use; it knows none of them. */
    @ArchTest
    static final ArchRule theSessionKnowsNoFeature = noClasses().that().resideInAPackage("org.kickoff.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kickoff.ui.wizard..", "org.kickoff.ui.page..",
                    "org.kickoff.ui.summary..", "org.kickoff.ui.sharing..", "org.kickoff.ui.project..",
                    "org.kickoff.ui.welcome..");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.kickoff.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "picocli..",
                    "org.kickoff.storage..", "org.kickoff.i18n..", "org.kickoff.report..", "org.kickoff.ui..");

    @ArchTest
    static final ArchRule onlyTheUiAndAppUseJavaFx = noClasses().that()
            .resideOutsideOfPackages("org.kickoff.ui..", "org.kickoff.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule onlyStorageUsesJackson = noClasses().that().resideOutsideOfPackage("org.kickoff.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.net.http..").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.URLConnection").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.HttpURLConnection");
}
