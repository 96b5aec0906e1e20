/// Turns libyaml's terse problems into messages that say how to fix the YAML.
enum YAMLMessages {
    static func describe(_ error: YAMLSyntaxError) -> String {
        let problem = error.message
        var advice = "check the indentation and quoting around this place"
        if problem.contains("mapping values are not allowed") {
            advice = "a value contains ': ' — put the whole value in quotes, e.g. title: \"A: B\""
        } else if problem.contains("could not find expected ':'") {
            advice = "a line is missing the ':' after its key, or a quoted value is not closed"
        } else if problem.contains("found character that cannot start any token") {
            advice = "a value starts with a character YAML reserves (tab, '@', '`', '%') — quote the value and indent with spaces, not tabs"
        } else if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            advice = "the indentation of this line does not match the lines above it"
        } else if problem.contains("found unexpected end of stream") {
            advice = "a quote or bracket opened here is never closed"
        } else if problem.contains("did not find expected ',' or") {
            advice = "a flow list or mapping ([…] or {…}) is not closed, or a value in it contains ',' or ':' and needs quotes"
        } else if problem.contains("found undefined tag handle") || problem.contains("found unknown escape character") {
            advice = "quote this value with single quotes, which take every character literally"
        }
        return "invalid YAML: \(problem) — \(advice)"
    }
}
