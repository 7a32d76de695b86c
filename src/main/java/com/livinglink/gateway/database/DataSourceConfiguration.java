package com.livinglink.gateway.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The pool Spring Boot would build from {@code spring.datasource.*} and {@code spring.datasource.hikari.*},
 * as a {@link BudgetedDataSource}.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    BudgetedDataSource dataSource(DataSourceProperties properties) {
        var dataSource = properties.initializeDataSourceBuilder().type(BudgetedDataSource.class).build();
        if (StringUtils.hasText(properties.getName())) {
            dataSource.setPoolName(properties.getName());
        }
        return dataSource;
    }
}
