package ai.datafog.adapter.http;

import ai.datafog.domain.receipt.ReceiptCursor;
import ai.datafog.domain.receipt.ReceiptPage;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A page of receipts, newest first, and the opaque cursor of the next page ({@code null} on the last). */
public record ReceiptListResponse(List<ReceiptResponse> receipts, @JsonProperty("next_cursor") String nextCursor) {

    public ReceiptListResponse {
        receipts = List.copyOf(receipts);
    }


    public static ReceiptListResponse from(ReceiptPage page) {
        return new ReceiptListResponse(page.receipts().stream().map(ReceiptResponse::from).toList(),
                page.next().map(ReceiptCursor::encode).orElse(null));
    }
}
