package com.livinglink.gateway.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * The certificate the gateway serves HTTPS with when no SSL bundle is configured: self-signed for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}, kept as two PEM files so that clients can trust it
 * with {@code curl --cacert certificate.pem}.
 *
 * @param certificate the PEM certificate, which clients trust
 * @param privateKey the PEM (PKCS#8) private key, readable by the owner only where the file system allows
 */
record SelfSignedCertificate(Path certificate, Path privateKey) {

    /** The name the generated certificate is registered under in the SSL bundle registry. */
    static final String BUNDLE = "gateway-self-signed";

    private static final Log LOG = LogFactory.getLog(SelfSignedCertificate.class);

    /** The certificate's files under the data directory, whether they exist yet or not. */
    static SelfSignedCertificate in(Path dataDir) {
        var directory = dataDir.resolve("tls").toAbsolutePath().normalize();
        return new SelfSignedCertificate(directory.resolve("certificate.pem"), directory.resolve("private-key.pem"));
    }

    /** Generates the certificate unless an earlier start did, so clients that trust it keep trusting it. */
    SelfSignedCertificate createIfAbsent() {
        if (Files.exists(certificate) && Files.exists(privateKey)) {
            return this;
        }
        try {
            Files.createDirectories(certificate.getParent());
            var generated = CertificateGenerator.selfSignedForLocalhost();
            // The key first: a certificate on disk then always has its key next to it.
            write(privateKey, pem("PRIVATE KEY", generated.privateKey()), "rw-------");
            write(certificate, pem("CERTIFICATE", generated.certificate()), "rw-r--r--");
        }
        catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the self-signed certificate to " + certificate.getParent(),
                    failure);
        }
        catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Cannot generate a self-signed certificate", failure);
        }
        LOG.info("Generated a self-signed certificate for localhost, 127.0.0.1 and ::1: " + certificate);
        return this;
    }

    SslBundle bundle() {
        var store = PemSslStoreDetails.forCertificate(certificate.toUri().toString())
                .withPrivateKey(privateKey.toUri().toString());
        return SslBundle.of(new PemSslStoreBundle(store, null));
    }

    private static String pem(String type, byte[] der) {
        var base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    /** Writes through a temporary file, so that a crash never leaves half a PEM file to be reused. */
    private static void write(Path file, String content, String posixPermissions) throws IOException {
        var temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(posixPermissions));
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }
}
