package io.xraydesk.ui.context.planted;

import javafx.beans.property.SimpleBooleanProperty;

/** Breaks {@code applicationContextIsFreeOfJavafx}: the application context holds a JavaFX property. */
public class ContextUsingJavafx {
    SimpleBooleanProperty signedIn;
}
