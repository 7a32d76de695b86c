package com.livinglink.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;

import com.livinglink.gateway.support.HttpsApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    @TempDir
    Path dataDir;

    @Test
    void itIsWrittenUnderTheTlsFolderOfTheDataDir() {
        var certificate = SelfSignedCertificate.in(dataDir).createIfAbsent();

        assertThat(certificate.certificate()).isEqualTo(dataDir.resolve("tls/certificate.pem")).isRegularFile();
        assertThat(certificate.privateKey()).isEqualTo(dataDir.resolve("tls/private-key.pem")).isRegularFile();
    }

    @Test
    void itCertifiesLocalhostAndBothLoopbackAddresses() throws Exception {
        var certificate = (X509Certificate) HttpsApiClient.certificate(
                SelfSignedCertificate.in(dataDir).createIfAbsent().certificate());

        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void thePrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeThat(Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)).isTrue();

        var certificate = SelfSignedCertificate.in(dataDir).createIfAbsent();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(certificate.privateKey())))
                .isEqualTo("rw-------");
    }

    @Test
    void existingFilesAreKept() throws Exception {
        var first = SelfSignedCertificate.in(dataDir).createIfAbsent();
        var written = List.of(Files.readString(first.certificate()), Files.readString(first.privateKey()));

        var second = SelfSignedCertificate.in(dataDir).createIfAbsent();

        assertThat(List.of(Files.readString(second.certificate()), Files.readString(second.privateKey())))
                .isEqualTo(written);
    }

    @Test
    void itsBundleHoldsTheKeyAndCertificate() throws Exception {
        var keyStore = SelfSignedCertificate.in(dataDir).createIfAbsent().bundle().getStores().getKeyStore();

        var alias = keyStore.aliases().nextElement();
        assertThat(keyStore.isKeyEntry(alias)).isTrue();
        assertThat(keyStore.getCertificate(alias))
                .isEqualTo(HttpsApiClient.certificate(dataDir.resolve("tls/certificate.pem")));
    }
}
