package org.nineplus.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The security promises of issue 9 that the code's shape can show: Jackson never picks classes from a file, nothing
 * opens a server socket, and only the store's one connecting method talks to H2 by URL (built from a file path by
 * {@code LibraryFile}; {@code H2LibraryFileTest} shows a path with URL options is refused).
 */
@AnalyzeClasses(packages = "org.nineplus", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityRulesTest {

    @ArchTest
    static final ArchRule noJacksonDefaultTyping = noClasses().should().callMethodWhere(
                    target(nameMatching("(activate|enable)DefaultTyping.*"))
                            .and(target(owner(assignableTo("com.fasterxml.jackson.databind.ObjectMapper")))))
            .orShould().callMethodWhere(target(nameMatching("(activate|enable)DefaultTyping.*"))
                    .and(target(owner(assignableTo("com.fasterxml.jackson.databind.cfg.MapperBuilder")))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .because("a workshop file must never name the Java classes it is read into");

    @ArchTest
    static final ArchRule nothingListensOnTheNetwork = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.nio.channels.AsynchronousServerSocketChannel")
            .orShould().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "org.h2.server..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.h2.tools.Server")
            .because("NinePlus works offline and privately: nothing listens on the network");

    @ArchTest
    static final ArchRule onlyTheStoreConnectsToH2 = noClasses().that()
            .doNotHaveFullyQualifiedName("org.nineplus.store.h2.LibraryConnections")
            .should().callMethodWhere(target(nameMatching("getConnection"))
                    .and(target(owner(assignableTo("java.sql.DriverManager")))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.h2.jdbcx.JdbcDataSource")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.h2.Driver")
            .because("the H2 URL is built from a file path only, in one place, with no options from anywhere");

    /** The H2 rule is not empty: the one place that may connect does connect, with the path-built URL. */
    @org.junit.jupiter.api.Test
    void theOnePlaceThatConnectsToH2IsWhereTheRuleLooks() {
        com.tngtech.archunit.core.domain.JavaClass connections = new com.tngtech.archunit.core.importer
                .ClassFileImporter().importClass(loadConnections());
        org.assertj.core.api.Assertions.assertThat(connections.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().isEquivalentTo(java.sql.DriverManager.class))
                .map(call -> call.getName()).toList()).containsExactly("getConnection");
    }

    private static Class<?> loadConnections() {
        try {
            return Class.forName("org.nineplus.store.h2.LibraryConnections");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("store.h2.LibraryConnections is gone; update the rule", e);
        }
    }
}
