package ai.datafog.adapter.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Codec limits follow the configured body limit, so no codec buffers more than a caller may send. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebFluxConfigurer {

    private final HttpSettings settings;

    public WebConfig(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()));
    }
}
