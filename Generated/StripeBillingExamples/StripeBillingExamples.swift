// Hand-written. The other files of this target are the usage examples of the Swift reference
// (Generated/docs/swift), written by `swift run gen`; the package compiles them so that the
// examples cannot rot. This file keeps the target buildable before gen has run.
