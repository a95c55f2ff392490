/// A failure of the command as a whole: what to print, and the exit status.
struct CommandError: Error {
    var status: Int32
    var message: String
}
