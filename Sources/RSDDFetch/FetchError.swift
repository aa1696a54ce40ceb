/// A transfer that did not give a usable body: carries the URL and curl's or the server's word.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public var url: String
    /// curl's result code (0 when curl succeeded but the answer was not usable).
    public var curlCode: Int
    /// HTTP status, when a response arrived.
    public var httpStatus: Int?
    public var message: String

    public init(url: String, curlCode: Int = 0, httpStatus: Int? = nil, message: String) {
        self.url = url
        self.curlCode = curlCode
        self.httpStatus = httpStatus
        self.message = message
    }

    public var description: String {
        var s = "\(url): \(message)"
        if curlCode != 0 { s += " (curl error \(curlCode))" }
        return s
    }
}
