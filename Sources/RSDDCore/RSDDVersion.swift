/// rsdd's version, printed in reports and the User-Agent.
public enum RSDDVersion {
    public static let current = "0.1.0"
}
