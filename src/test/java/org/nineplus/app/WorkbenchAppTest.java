package org.nineplus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkbenchAppTest {

    @Test
    void theWindowUsesTheLibraryNamedByDb() {
        assertThat(WorkbenchApp.libraryArgument(List.of("--db", "/tmp/a.mv.db"))).isEqualTo(Path.of("/tmp/a.mv.db"));
        assertThat(WorkbenchApp.libraryArgument(List.of("--db=/tmp/b.mv.db"))).isEqualTo(Path.of("/tmp/b.mv.db"));
    }

    @Test
    void withoutArgumentsTheWindowUsesTheDefaultLibrary() {
        assertThat(WorkbenchApp.libraryArgument(List.of())).isEqualTo(Main.defaultLibrary());
        assertThat(Main.defaultLibrary().getFileName().toString()).isEqualTo("library.mv.db");
    }

    @Test
    void aDbOptionWithoutAPathOrWithExtraArgumentsIsRefused() {
        assertThatThrownBy(() -> WorkbenchApp.libraryArgument(List.of("--db"))).hasMessageContaining("--db");
        assertThatThrownBy(() -> WorkbenchApp.libraryArgument(List.of("--db="))).hasMessageContaining("path");
        assertThatThrownBy(() -> WorkbenchApp.libraryArgument(List.of("--db", "a", "b")))
                .hasMessageContaining("only --db");
    }

    @Test
    void aWorkshopFileAfterTheOptionsIsOpenedInTheWindow() {
        WorkbenchApp.WindowArguments plain = WorkbenchApp.windowArguments(List.of("/tmp/w.nineplus"));
        assertThat(plain.library()).isEqualTo(Main.defaultLibrary());
        assertThat(plain.open()).isEqualTo(Path.of("/tmp/w.nineplus"));
        WorkbenchApp.WindowArguments withDb = WorkbenchApp.windowArguments(List.of("--db", "/tmp/a.mv.db", "w.json"));
        assertThat(withDb.library()).isEqualTo(Path.of("/tmp/a.mv.db"));
        assertThat(withDb.open()).isEqualTo(Path.of("w.json").toAbsolutePath());
        assertThat(WorkbenchApp.windowArguments(List.of("--db=/tmp/a.mv.db")).open()).isNull();
    }
}
