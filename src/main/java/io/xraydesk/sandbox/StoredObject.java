package io.xraydesk.sandbox;

/** An object the S3 emulation received, as tests check it: size and SHA-256 (hex). */
record StoredObject(String key, long size, String sha256) {
}
