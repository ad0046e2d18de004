package io.xraydesk.core.upload;

import io.xraydesk.api.AnswerTooLargeException;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.RateLimitedException;
import io.xraydesk.api.ServerException;
import io.xraydesk.api.UploadRejectedException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/** A classified failure: its kind and the detail that goes into the message. */
public record UploadFailure(FailureKind kind, String detail) {

    public UploadFailure {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** The sentence shown on the row and printed by the command line. */
    public String message() {
        return Messages.get(kind.messageKey(), detail);
    }

    /** Maps what the clients threw to a kind; the exception messages never hold a header value. */
    public static UploadFailure of(Throwable failure) {
        if (failure instanceof UploadRejectedException rejected) {
            FailureKind kind = rejected.code().equals("EntityTooLarge") ? FailureKind.TOO_LARGE
                    : FailureKind.REJECTED_BY_STORAGE;
            return new UploadFailure(kind, rejected.s3Message());
        }
        if (failure instanceof ValidationException invalid) {
            FailureKind kind = invalid.status() == 413 ? FailureKind.TOO_LARGE : FailureKind.REFUSED_BY_SERVER;
            return new UploadFailure(kind, invalid.serverMessage());
        }
        if (failure instanceof AuthenticationException) {
            return new UploadFailure(FailureKind.CREDENTIALS, "");
        }
        if (failure instanceof PermissionException) {
            return new UploadFailure(FailureKind.PERMISSION, "");
        }
        if (failure instanceof ConflictException) {
            // A 409 names the state the server is in (e.g. no file stored for the medium): worth reading.
            return new UploadFailure(FailureKind.REFUSED_BY_SERVER, failure.getMessage());
        }
        if (failure instanceof NotFoundException) {
            return new UploadFailure(FailureKind.NOT_FOUND, failure.getMessage());
        }
        if (failure instanceof RateLimitedException) {
            return new UploadFailure(FailureKind.RATE_LIMITED, "");
        }
        if (failure instanceof NetworkException network) {
            return new UploadFailure(FailureKind.NETWORK, network.host());
        }
        if (failure instanceof OutcomeUnknownException) {
            return new UploadFailure(FailureKind.NETWORK, "");
        }
        if (failure instanceof ServerException || failure instanceof MalformedResponseException
                || failure instanceof AnswerTooLargeException) {
            return new UploadFailure(FailureKind.SERVER, failure.getMessage());
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return new UploadFailure(FailureKind.FILE_UNREADABLE, failure.getMessage());
        }
        return new UploadFailure(FailureKind.UNEXPECTED, FailureWords.of(failure));
    }
}
