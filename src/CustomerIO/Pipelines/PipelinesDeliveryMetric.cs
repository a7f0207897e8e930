namespace CustomerIO.Pipelines;

/// <summary>The <c>metric</c> of a <c>Report Delivery Event</c>, as Customer.io accepts it.</summary>
public enum PipelinesDeliveryMetric
{
    /// <summary><c>delivered</c>.</summary>
    Delivered,

    /// <summary><c>opened</c>.</summary>
    Opened,

    /// <summary><c>clicked</c>.</summary>
    Clicked,

    /// <summary><c>converted</c>.</summary>
    Converted,
}
