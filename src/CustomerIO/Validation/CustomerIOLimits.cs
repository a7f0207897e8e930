namespace CustomerIO;

/// <summary>Customer.io's documented limits, checked by the SDK before anything is sent. Sizes are UTF-8 bytes.</summary>
public static class CustomerIOLimits
{
    /// <summary>A person identifier (id, email or cio_id): at most 150 bytes.</summary>
    public const int MaxIdentifierBytes = 150;

    /// <summary>An attribute name: at most 150 bytes.</summary>
    public const int MaxAttributeNameBytes = 150;

    /// <summary>An attribute value: at most 1000 bytes (a string's UTF-8 bytes, or the JSON text of any other value).</summary>
    public const int MaxAttributeValueBytes = 1000;

    /// <summary>Attributes in one identify call: at most 300.</summary>
    public const int MaxAttributesPerCall = 300;

    /// <summary>An event name: at most 100 bytes.</summary>
    public const int MaxEventNameBytes = 100;

    /// <summary>An event's data, as JSON: at most 100,000 bytes.</summary>
    public const int MaxEventDataBytes = 100_000;

    /// <summary>One Track v2 operation, as JSON: at most 32 KB (32,768 bytes).</summary>
    public const int MaxOperationBytes = 32 * 1024;

    /// <summary>A Track v2 batch request body must stay under 500 KB (512,000 bytes).</summary>
    public const int MaxBatchBytes = 500 * 1024;

    /// <summary>One Data Pipelines message (a call's body, or one message of a batch), as JSON: at most 32 KB (32,768 bytes).</summary>
    public const int MaxPipelinesMessageBytes = 32 * 1024;

    /// <summary>A Data Pipelines batch request body: at most 500 KB (512,000 bytes).</summary>
    public const int MaxPipelinesBatchBytes = 500 * 1024;

    /// <summary>Identifiers in one manual segment add or remove call: at most 1000.</summary>
    public const int MaxSegmentIdsPerCall = 1000;
}
