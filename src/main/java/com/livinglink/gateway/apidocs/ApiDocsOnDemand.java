package com.livinglink.gateway.apidocs;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

/**
 * Marks springdoc's beans (and this package's) lazy, so that the OpenAPI machinery (swagger-core, its own
 * Jackson 2 mapper, the model converters) is built on the first request for the description instead of at
 * every start. On two cores it was a tenth of the gateway's start-up; a gateway that is restarted often
 * should not pay for documentation nobody asked for. Beans another bean needs at start (the Swagger UI's
 * resource handlers) are still created then: lazy only means "not unless needed".
 */
class ApiDocsOnDemand implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";
    private static final String API_DOCS = ApiDocsOnDemand.class.getPackageName() + '.';

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (var name : beanFactory.getBeanDefinitionNames()) {
            var definition = beanFactory.getBeanDefinition(name);
            if (isApiDocs(definition, beanFactory)) {
                definition.setLazyInit(true);
            }
        }
    }

    private static boolean isApiDocs(BeanDefinition definition, ConfigurableListableBeanFactory beanFactory) {
        var type = definition.getBeanClassName();
        if (type == null && definition.getFactoryBeanName() != null
                && beanFactory.containsBeanDefinition(definition.getFactoryBeanName())) {
            type = beanFactory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        }
        if (type == null && definition instanceof AbstractBeanDefinition bean && bean.hasBeanClass()) {
            type = bean.getBeanClass().getName();
        }
        return type != null && (type.startsWith(SPRINGDOC) || type.startsWith(API_DOCS));
    }
}
