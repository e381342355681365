package org.servicemind;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Layering rules Spring Modulith does not check (see STYLE.md §6). */
class ArchitectureTests {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.servicemind");

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.servicemind");

	@Test
	void keepsTheAnalysisEngineFreeOfSpringAndPersistence() {
		noClasses().that().resideInAnyPackage("org.servicemind.analysis", "org.servicemind.analysis.lexical..",
				"org.servicemind.analysis.model..", "org.servicemind.analysis.batch..")
			.and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
			.check(PRODUCTION);
	}

	@Test
	void keepsDomainCodeFreeOfWebTypes() {
		noClasses().that().resideOutsideOfPackage("..web..").and().resideOutsideOfPackage("org.servicemind")
			.should().dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..",
					"org.servicemind..web..")
			.check(PRODUCTION);
	}

	@Test
	void hidesEntitiesAndRepositoriesInsideTheirModule() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(PRODUCTION);
		classes().that().areAssignableTo(Repository.class).and().areInterfaces().should().notBePublic()
			.check(PRODUCTION);
	}

	@Test
	void namesTestClassesAfterTheirSubjectAndBansJUnit4() {
		classes().that().containAnyMethodsThat(DescribedPredicate.describe("are tests", m -> m.isAnnotatedWith(Test.class))).should().haveSimpleNameEndingWith(
				"Tests").andShould().notBePublic().allowEmptyShould(true).check(TESTS);
		methods().that().areAnnotatedWith(Test.class).should().notBePublic().allowEmptyShould(true).check(TESTS);
		noClasses().should().dependOnClassesThat().resideInAPackage("org.junit").allowEmptyShould(true).check(TESTS);
	}
}
