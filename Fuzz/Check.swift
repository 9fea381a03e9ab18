/// A property every input must keep. Unlike `precondition`, it names the broken property in
/// an optimised build, so the fuzzer's crash report says what went wrong.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property broken: \(message())") }
}
