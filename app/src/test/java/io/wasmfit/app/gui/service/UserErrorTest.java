package io.wasmfit.app.gui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.workspace.WorkspaceException;

class UserErrorTest {

    @TempDir
    Path dir;

    @Test
    void badInputIsOneSentenceWithoutDetailAndIsNotLogged() {
        GuiLog log = new GuiLog(dir);

        UserError e = UserError.of("scanning x", new WorkspaceException("no such folder: /x"), log);

        assertThat(e.message()).isEqualTo("No such folder: /x.");
        assertThat(e.detail()).isNull();
        assertThat(log.file()).doesNotExist();
    }

    @Test
    void aBugSaysWhatFailedAndWhereTheLogIsAndKeepsTheStackTraceForTheExpandableDetail() {
        GuiLog log = new GuiLog(dir);
        IllegalStateException bug = new IllegalStateException("index out of sync");

        UserError e = UserError.of("re-scoring the project", new ExecutionException(bug), log);

        assertThat(e.title()).isEqualTo("Internal error");
        assertThat(e.message()).contains("while re-scoring the project").contains("IllegalStateException")
                .contains(log.file().toString()).doesNotContain("\tat ");
        assertThat(e.detail()).contains("index out of sync").contains("\tat ");
        assertThat(log.file()).content().contains("failure while re-scoring the project").contains("index out of sync");
    }
}
