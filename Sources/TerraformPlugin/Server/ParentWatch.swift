import Foundation

/// Ends the process when the Terraform that started it is gone. A killed Terraform never calls
/// go-plugin's `Shutdown`, and it hands its own stdin to plugins (which may be `/dev/null`), so
/// neither tells the plugin; its parent process id does: when the parent dies the process is
/// handed to another (init, or a subreaper), and `getppid()` changes.
enum ParentWatch {
    /// How often the parent is looked at.
    static let interval: TimeInterval = 0.2

    /// Starts watching, on a thread of its own so that no busy task can delay it: the process
    /// exits, even in the middle of a request, once its parent is gone.
    static func start() {
        let parent = getppid()
        let thread = Thread {
            while getppid() == parent {
                Thread.sleep(forTimeInterval: interval)
            }
            FileHandle.standardError.write(Data("the plugin's parent process, Terraform, has gone away; exiting\n".utf8))
            exit(1)
        }
        thread.name = "parent watch"
        thread.start()
    }
}
