/// `count` with its noun in the right number, for the tool's English terminal output:
/// `counted(1, "municipality", "municipalities")` is "1 municipality".
func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}
