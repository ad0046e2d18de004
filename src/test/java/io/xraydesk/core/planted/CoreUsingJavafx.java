package io.xraydesk.core.planted;

import javafx.beans.property.SimpleStringProperty;

/** Breaks {@code coreHasNoUserInterface}: a workflow holds a JavaFX property. */
public class CoreUsingJavafx {
    SimpleStringProperty status;
}
