namespace CustomerIO.Pipelines;

/// <summary>The <c>context.device.type</c> of a device event, as Customer.io accepts it.</summary>
public enum PipelinesDeviceType
{
    /// <summary><c>ios</c>.</summary>
    Ios,

    /// <summary><c>android</c>.</summary>
    Android,
}
