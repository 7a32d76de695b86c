package com.livinglink.gateway.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

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

/**
 * Generates the key pair and certificate of {@link SelfSignedCertificate}. A class of its own so that
 * BouncyCastle is loaded (and verified) only on the start that generates, not on every start that reuses the files.
 */
final class CertificateGenerator {

    /** The DER encodings of a PKCS#8 private key and of its X.509 certificate. */
    record Generated(byte[] privateKey, byte[] certificate) {
    }

    private static final Duration VALIDITY = Duration.ofDays(3650);

    private CertificateGenerator() {
    }

    static Generated selfSignedForLocalhost() throws GeneralSecurityException {
        var random = new SecureRandom();
        var keys = generateKeyPair(random);
        try {
            return new Generated(keys.getPrivate().getEncoded(), sign(keys, random).getEncoded());
        }
        catch (CertIOException | OperatorCreationException failure) {
            throw new GeneralSecurityException("Cannot sign the self-signed certificate", failure);
        }
    }

    private static KeyPair generateKeyPair(SecureRandom random) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(KeyPair keys, SecureRandom random)
            throws CertIOException, OperatorCreationException, GeneralSecurityException {
        var name = new X500Name("CN=localhost");
        // The system time, not the gateway's clock: that one may be pinned to the past for tests, while TLS
        // clients check validity against their own real time.
        var now = Instant.now();
        var notBefore = Date.from(now.minus(Duration.ofDays(1)));
        var notAfter = Date.from(now.plus(VALIDITY));
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random), notBefore, notAfter, name,
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
}
