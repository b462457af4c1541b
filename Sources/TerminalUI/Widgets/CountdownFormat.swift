/// Formats time left until a deadline, coarse when it is far and to the second when it is near:
/// `12d 04h`, `4h 12m`, `00:04:59`; past the deadline `overdue 2h` (the largest whole unit).
public enum CountdownFormat {
    public static func string(remainingSeconds: Int) -> String {
        if remainingSeconds < 0 { return "overdue " + coarse(-remainingSeconds) }
        let days = remainingSeconds / 86_400
        let hours = remainingSeconds % 86_400 / 3_600
        let minutes = remainingSeconds % 3_600 / 60
        let seconds = remainingSeconds % 60
        if days > 0 { return "\(days)d " + twoDigits(hours) + "h" }
        if hours > 0 { return "\(hours)h " + twoDigits(minutes) + "m" }
        return "00:" + twoDigits(minutes) + ":" + twoDigits(seconds)
    }

    public static func string(remaining: Duration) -> String {
        let seconds = remaining.components.seconds
        // Round towards the past so "00:00:00" shows only once the deadline has truly come.
        return string(remainingSeconds: Int(remaining < .zero && remaining.components.attoseconds != 0
                                            ? seconds - 1 : seconds))
    }

    private static func coarse(_ seconds: Int) -> String {
        if seconds >= 86_400 { return "\(seconds / 86_400)d" }
        if seconds >= 3_600 { return "\(seconds / 3_600)h" }
        if seconds >= 60 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
