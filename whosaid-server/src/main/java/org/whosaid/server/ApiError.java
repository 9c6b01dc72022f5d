package org.whosaid.server;

/**
 * A request that cannot be answered, with the HTTP status and a message for the client; mapped to a
 * JSON error (or an HTML error page) in one place, {@link Guard}.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
