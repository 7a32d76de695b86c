package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.livinglink.gateway.api.ApiCallGuard;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Test control is off by default (contract section 12): even with the operator token every
 * {@code /admin/test/} path answers 404, and nothing of it is in the gateway, so that API calls do not pass
 * through it.
 */
@HttpApiTest
@TestPropertySource(properties = "gateway.admin.token=" + Operator.DEMO_TOKEN)
class TestControlOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyTestControlPathIs404() {
        var operator = new Operator(port);

        assertThat(operator.reset().status()).isEqualTo(404);
        assertThat(operator.get("/admin/test/clock").status()).isEqualTo(404);
        assertThat(operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}").status()).isEqualTo(404);
        assertThat(operator.patch("/admin/test/orders/x", "{\"paymentStatus\":0}").status()).isEqualTo(404);
        assertThat(operator.get("/admin/test/requests").status()).isEqualTo(404);
        assertThat(operator.get("/admin/test/requests/count").status()).isEqualTo(404);
        assertThat(operator.post("/admin/test/faults", "{\"api\":\"*\",\"code\":503}").status()).isEqualTo(404);
        assertThat(operator.delete("/admin/test/faults").status()).isEqualTo(404);
    }

    @Test
    void neitherTheJournalNorTheFaultsExist() {
        assertThat(context.getBeansOfType(ApiCallGuard.class)).isEmpty();
        assertThat(context.getBeansOfType(JournalStage.class)).isEmpty();
        assertThat(context.getBeansOfType(RequestJournal.class)).isEmpty();
        assertThat(context.getBeansOfType(TestReset.class)).isEmpty();
    }
}
