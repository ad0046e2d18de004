package io.xraydesk.sandbox;

import java.nio.file.Path;

/** An object the S3 emulation holds on disk, with what tests check: size and SHA-256 (hex). */
record StoredObject(String key, long size, String sha256, Path file) {
}
