package io.github.nhstendertracker.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, enforced: packages depend one way, the domain knows nothing of
 * pages, formatting or the audit, and every change to the data goes through the editing
 * pipeline. A change that breaks a rule fails the build with the offending dependency.
 */
class DependencyRulesTests {

	private static final String ROOT = "io.github.nhstendertracker";

	/** The records and their rules: what the tracker is about. */
	private static final String[] DOMAIN = { "..tender..", "..event..", "..commissioner..", "..bidder..", "..source..",
			"..region..", "..common.." };

	/** What serves people and programs over HTTP. */
	private static final String[] WEB = { "..browse..", "..search..", "..home..", "..admin..", "..system..",
			"..alerts.." };

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void topLevelPackages_haveNoCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theApplicationClass_dependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage(ROOT)
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "..")
				.and(JavaClass.Predicates.resideOutsideOfPackage(ROOT)))
			.because("the features hang below the application; it only starts them")
			.check(classes);
	}

	@Test
	void domain_importsNoWebEditingAuditOrFormatting() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(WEB, "..editing..", "..audit..", "..money..", "..account.."))
			.check(classes);
	}

	@Test
	void domainFeatures_useNoServletsOrModels() {
		noClasses().that()
			.resideInAnyPackage("..tender..", "..event..", "..commissioner..", "..bidder..", "..source..", "..region..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.ui..", "org.springframework.web.servlet..")
			.check(classes);
	}

	@Test
	void editingAndAudit_dependOnNothingWebFacing() {
		noClasses().that()
			.resideInAnyPackage("..editing..", "..audit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					concat(WEB, "jakarta.servlet..", "org.springframework.ui..", "org.springframework.web.."))
			.check(classes);
	}

	@Test
	void audit_dependsOnNoEditing() {
		noClasses().that()
			.resideInAPackage("..audit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..editing..")
			.check(classes);
	}

	@Test
	void formatting_dependsOnTheDomainNeverOnPages() {
		noClasses().that()
			.resideInAnyPackage("..money..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(WEB, "..editing..", "..audit.."))
			.check(classes);
	}

	@Test
	void openDataReading_dependsOnNothingOfTheApplication() {
		noClasses().that()
			.resideInAPackage("..ocds..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(ROOT + "..", "jakarta..")
				.and(JavaClass.Predicates.resideOutsideOfPackage("..ocds..")))
			.because("reading OCDS files is a library that knows nothing of the tracker")
			.check(classes);
	}

	@Test
	void theImporter_dependsOnNothingWebFacing() {
		noClasses().that()
			.resideInAPackage("..imports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					concat(WEB, "jakarta.servlet..", "org.springframework.ui..", "org.springframework.web.."))
			.because("the command line, uploads and the harvest share one engine that knows nothing of HTTP")
			.check(classes);
	}

	@Test
	void theImporter_knowsNothingOfTheHarvest() {
		noClasses().that()
			.resideInAPackage("..imports..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..harvest..")
			.because("the harvest is one more client of the import engine, which serves every way in alike")
			.check(classes);
	}

	@Test
	void theHarvest_isUsedOnlyByTheAdminPages() {
		classes().that()
			.resideInAPackage("..harvest..")
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAnyPackage("..harvest..", "..admin..")
			.because("the harvest runs on its schedule or when an admin starts it from the imports page")
			.check(classes);
	}

	@Test
	void controllers_liveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage(concat(WEB, "..account.."))
			.check(classes);
	}

	@Test
	void onlyTheEditingPipeline_writesRecords() {
		noClasses().that()
			.resideOutsideOfPackage("..editing..")
			.should()
			.callMethodWhere(writes())
			.because("every change goes through editing.EditPipeline, with its checks and audit")
			.check(classes);
	}

	/** A call that saves or removes an entity through JPA. */
	private static DescribedPredicate<JavaCall<?>> writes() {
		return DescribedPredicate.describe("a JPA write (save, delete, persist, merge, remove)", (call) -> {
			String name = call.getName();
			boolean repository = call.getTargetOwner().isAssignableTo(CrudRepository.class)
					&& (name.startsWith("save") || name.startsWith("delete"));
			boolean entityManager = call.getTargetOwner().isAssignableTo(EntityManager.class)
					&& (name.equals("persist") || name.equals("merge") || name.equals("remove"));
			return repository || entityManager;
		});
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
