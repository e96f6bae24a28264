package ai.datafog.application.transform;

import ai.datafog.application.port.in.AnonymizeTextUseCase;
import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.in.ScanTextUseCase.ScanCommand;
import ai.datafog.application.port.in.TransformOutcome;
import ai.datafog.application.port.in.TransformTextUseCase;
import ai.datafog.application.port.out.CurrentPolicy;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.policy.Policy;
import ai.datafog.domain.transform.FindingResolution;
import ai.datafog.domain.transform.ModeSelection;
import ai.datafog.domain.transform.SuppliedFinding;
import ai.datafog.domain.transform.SuppliedFindings;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.Transformer;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Rewrites texts: supplied findings are checked first, missing ones come from a scan. */
public final class TransformService implements TransformTextUseCase, AnonymizeTextUseCase {

    private final ScanTextUseCase scan;
    private final CurrentPolicy policy;
    private final Transformer transformer;

    public TransformService(ScanTextUseCase scan, CurrentPolicy policy, Transformer transformer) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.transformer = Objects.requireNonNull(transformer, "transformer");
    }

    @Override
    public TransformOutcome transform(TransformCommand command) {
        return rewrite(command.text(), command.findings(),
                inForce -> new ModeSelection(command.entityModes(), command.mode(), inForce.defaultPlan()));
    }

    @Override
    public TransformOutcome anonymize(AnonymizeCommand command) {
        return rewrite(command.text(), command.findings(), inForce -> ModeSelection.everything(TransformMode.ANONYMIZE));
    }

    private TransformOutcome rewrite(String text, List<SuppliedFinding> supplied, Function<Policy, ModeSelection> modes) {
        Policy inForce = policy.current();
        List<Finding> findings;
        if (supplied.isEmpty()) {
            findings = scan.scan(ScanCommand.everything(text)).findings();
        } else {
            FindingResolution resolution = SuppliedFindings.resolve(text, supplied);
            if (resolution instanceof FindingResolution.Rejected rejected) {
                return new TransformOutcome.Rejected(rejected.problems());
            }
            findings = ((FindingResolution.Resolved) resolution).findings();
        }
        return new TransformOutcome.Transformed(transformer.apply(text, findings, modes.apply(inForce)), inForce.identity());
    }
}
