package ai.datafog.bootstrap;

import ai.datafog.application.decide.DecideService;
import ai.datafog.application.port.in.EvaluatePolicyUseCase;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.domain.receipt.ReceiptIdGenerator;
import ai.datafog.domain.transform.Transformer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Decisions with durable receipts: scan, policy and the receipt store meet in the decide service. */
@Configuration(proxyBeanMethods = false)
class DecideWiring {

    @Bean
    DecideService decideService(ScanTextUseCase scan, EvaluatePolicyUseCase policy, ReceiptStore receiptStore,
                                ReceiptIdGenerator receiptIds, DigestKeys digestKeys, Transformer transformer,
                                Clock clock) {
        return new DecideService(scan, policy, receiptStore, receiptIds, digestKeys.hashes(), digestKeys.values(),
                transformer, clock);
    }
}
