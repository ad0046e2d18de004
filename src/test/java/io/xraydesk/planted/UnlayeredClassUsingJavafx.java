package io.xraydesk.planted;

import javafx.beans.property.SimpleStringProperty;

/** Breaks {@code javafxOnlyInTheUserInterface}: a package outside ui, under no other rule, uses JavaFX. */
public class UnlayeredClassUsingJavafx {
    SimpleStringProperty text;
}
