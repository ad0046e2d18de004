package io.xraydesk.core.i18n;

/** A kind of problem with what the analyst gave, whose text is in the message bundle under its key. */
public interface ProblemKind {

    String messageKey();
}
