package com.livinglink.gateway.freeplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The free cloud-storage plan every device comes with (contract 11.15).
 *
 * @param commodityCode the catalog entry's code the gift is an order of
 * @param specification the catalog entry's specification the gift is an order of; its record type and
 *     lifecycle are the plan's {@code type} and {@code lifecycle}
 * @param quotaMonths gift months a device starts with (its {@code remainQuota} until a claim or an operator
 *     changes it)
 * @param maxClaimants how many distinct identities may claim on one device, one claim each
 */
@ConfigurationProperties("gateway.free-plan")
@Validated
public record FreePlanProperties(
        @DefaultValue("ilopLVCloudResource") @NotBlank String commodityCode,
        @DefaultValue("eventResource_7") @NotBlank String specification,
        @DefaultValue("3") @Min(0) @Max(FreePlan.MAX_REMAIN_QUOTA) int quotaMonths,
        @DefaultValue("3") @Min(1) int maxClaimants) {
}
