#!/usr/bin/env bash
# Regenerates the Swift stubs in this folder from its .proto files.
#
# Needs protoc (Debian: apt-get install protobuf-compiler). Builds protoc-gen-swift
# (apple/swift-protobuf 1.39.0) and protoc-gen-grpc-swift-2 (grpc/grpc-swift-protobuf 2.4.1) in
# release, in a scratch package outside the repository (PLUGIN_SCRATCH, by default
# /tmp/terraform-plugin-protoc-plugins), then runs protoc. Builds of the package never need this.
#
# Sources of the .proto files:
#   tfplugin6.8.proto       hashicorp/terraform docs/plugin-protocol/tfplugin6.8.proto (v1.11)
#   grpc_controller.proto   hashicorp/go-plugin internal/plugin/grpc_controller.proto
#   health.proto            grpc/grpc-proto grpc/health/v1/health.proto
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
scratch=${PLUGIN_SCRATCH:-/tmp/terraform-plugin-protoc-plugins}

mkdir -p "$scratch"
cat > "$scratch/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "protoc-plugins",
    dependencies: [
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", exact: "2.4.1"),
    ],
    targets: []
)
SWIFT
(cd "$scratch" && swift build -c release --product protoc-gen-swift &&
    swift build -c release --product protoc-gen-grpc-swift-2)
bin=$(cd "$scratch" && swift build -c release --show-bin-path)

cd "$here"
rm -f ./*.pb.swift ./*.grpc.swift
protoc \
    --plugin=protoc-gen-swift="$bin/protoc-gen-swift" \
    --plugin=protoc-gen-grpc-swift-2="$bin/protoc-gen-grpc-swift-2" \
    --swift_out=. --swift_opt=Visibility=Public \
    --grpc-swift-2_out=. --grpc-swift-2_opt=Visibility=Public,Client=true,Server=true \
    -I . tfplugin6.8.proto grpc_controller.proto health.proto
