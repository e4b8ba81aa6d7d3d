/// Why a page is not shown: each case is an error page with its status, in the page's
/// language (``PageErrorMiddleware``).
enum PageError: Error, Equatable {
    /// 401: no session, or it ended or expired: "open your sign-in link again".
    case signInNeeded
    /// 401: the sign-in link's token is unknown or revoked.
    case signInLinkInvalid
    /// 403: a form without this session's CSRF token; nothing was changed.
    case csrfRejected
    /// 404: no such page, or somebody else's data (the same answer, as in the API).
    case notFound
    /// 409: the change does not fit the current state, with a text of the string table
    /// (`key`) and its values; nothing was changed.
    case conflict(key: String, values: [String: String] = [:])
    /// 422: a form's value is not acceptable, with a text of the string table (`key`) and
    /// its values; nothing was changed.
    case invalidForm(key: String, values: [String: String] = [:])
}
