package org.nineplus.ui.export;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Where the export dialog is, how far a running export has come, and what the last one came to. FX thread. */
public final class ExportStatus {

    /** Laying the map out, ready, writing, or after an export. */
    public enum Phase { PREPARING, READY, RUNNING, DONE, CANCELLED, FAILED }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PREPARING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    void ready() {
        phase.set(Phase.READY);
    }

    public void started() {
        progress.set(0);
        message.set(ExportDialogModel.TEXTS.get("status.exporting"));
        phase.set(Phase.RUNNING);
    }

    /** The fraction done; never goes back while running. */
    public void progressed(double fraction) {
        if (phase.get() == Phase.RUNNING) {
            progress.set(Math.max(progress.get(), Math.min(1, fraction)));
        }
    }

    public void finished(Path file) {
        progress.set(1);
        message.set(ExportDialogModel.TEXTS.get("status.exported", String.valueOf(file)));
        phase.set(Phase.DONE);
    }

    public void cancelled() {
        progress.set(0);
        message.set(ExportDialogModel.TEXTS.get("status.cancelled"));
        phase.set(Phase.CANCELLED);
    }

    public void failed(String why) {
        progress.set(0);
        message.set(why);
        phase.set(Phase.FAILED);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return phase.get() == Phase.RUNNING;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Exported to …", "Cancelled…" or why the export failed; empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
