namespace CustomerIO.Pipelines;

/// <summary>The <c>actionType</c> of a <c>Report Content Event</c>, as Customer.io accepts it.</summary>
public enum PipelinesContentAction
{
    /// <summary><c>viewed_content</c>.</summary>
    ViewedContent,

    /// <summary><c>clicked_content</c>.</summary>
    ClickedContent,
}
