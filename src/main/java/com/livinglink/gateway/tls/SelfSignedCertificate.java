package com.livinglink.gateway.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

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
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

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
            var keys = generateKeyPair();
            // The key first: a certificate on disk then always has its key next to it.
            write(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), "rw-------");
            write(certificate, pem("CERTIFICATE", sign(keys).getEncoded()), "rw-r--r--");
        }
        catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the self-signed certificate to " + certificate.getParent(),
                    failure);
        }
        catch (GeneralSecurityException | OperatorCreationException failure) {
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

    private static KeyPair generateKeyPair() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(KeyPair keys)
            throws CertIOException, OperatorCreationException, GeneralSecurityException {
        var name = new X500Name("CN=localhost");
        // The system time, not the gateway's clock: that one may be pinned to the past for tests, while TLS
        // clients check validity against their own real time.
        var now = Instant.now();
        var notBefore = Date.from(now.minus(Duration.ofDays(1)));
        var notAfter = Date.from(now.plus(VALIDITY));
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM), notBefore, notAfter, name,
                keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1")}));
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
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
