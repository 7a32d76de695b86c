package com.livinglink.gateway.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.freeplan.FreePlanService;
import com.livinglink.gateway.identity.IotTokens;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot answer makes the operator API answer a retryable 503 problem, not a 500. */
class AdminDatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(classes = {DataAccessResourceFailureException.class, QueryTimeoutException.class,
            CannotCreateTransactionException.class})
    void databaseFailureIs503Problem(Class<? extends RuntimeException> failure) throws Exception {
        var devices = mock(DeviceService.class);
        when(devices.register(any(), any())).thenThrow(failure);
        MockMvc mvc = MockMvcBuilders
                .standaloneSetup(new AdminController(devices, mock(OrderImportService.class),
                        mock(OrderService.class), mock(IotTokens.class), mock(FreePlanService.class)))
                .setControllerAdvice(new AdminExceptionHandler()).build();

        mvc.perform(put("/admin/devices/dev-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerIdentityId\": \"admin-a\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
