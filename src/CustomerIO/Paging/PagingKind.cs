namespace CustomerIO.Paging;

/// <summary>The four ways the App API pages a list (the paging column of the operations table).</summary>
internal enum PagingKind
{
    /// <summary><c>start</c> = the previous page's <c>next</c>, and <c>limit</c>; the last page has an empty <c>next</c>.</summary>
    Cursor,

    /// <summary><c>start</c> only; the API fixes the page size (for example 10 campaign actions a page).</summary>
    CursorWithoutLimit,

    /// <summary><c>page</c> (1 first) and <c>limit</c>; a page with fewer values than the limit, or none, is the last.</summary>
    PageNumbers,

    /// <summary><c>limit</c> and <c>offset</c> (0 first); a page with fewer values than the limit, or none, is the last.</summary>
    Offsets,
}
