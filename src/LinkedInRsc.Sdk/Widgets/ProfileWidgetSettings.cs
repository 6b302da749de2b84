namespace LinkedInRsc.Widgets;

/// <summary>What to embed in an ATS candidate page for LinkedIn's In-ATS profile widget (see <see cref="ProfileWidget.RenderHtml"/>).</summary>
public sealed record ProfileWidgetSettings
{
    /// <summary>The customer's child application client id (the widget's <c>api_key</c>).</summary>
    public required string ApiKey { get; init; }

    /// <summary>The ATS's id of the candidate shown (<c>data-ats-candidate-id</c>); the candidate must be synced.</summary>
    public required string AtsCandidateId { get; init; }

    /// <summary>The customer's organization (<c>data-integration-context</c>).</summary>
    public required OrganizationUrn IntegrationContext { get; init; }

    /// <summary>The page's JavaScript function called when the recruiter links a member (<c>data-onlink</c>).</summary>
    public string OnLinkFunctionName { get; init; } = "onLinkedInLink";

    /// <summary>The page's JavaScript function called when the recruiter unlinks the member (<c>data-onunlink</c>).</summary>
    public string OnUnlinkFunctionName { get; init; } = "onLinkedInUnlink";

    /// <summary>
    /// The page's JavaScript function called when the recruiter saves the member to a Recruiter project, if any
    /// (<c>data-onsavetoproject</c>; the attribute name is UNCONFIRMED, see docs/matching-and-widget.md).
    /// </summary>
    public string? OnSaveToProjectFunctionName { get; init; }

    /// <summary>Whether the widget offers to unlink (<c>data-show-unlink-url</c>; default true).</summary>
    public bool ShowUnlink { get; init; } = true;

    /// <summary>Whether the widget asks the recruiter to confirm an unlink (<c>data-confirm-unlink</c>; default true).</summary>
    public bool ConfirmUnlink { get; init; } = true;

    /// <summary>The widget's width in pixels (default 800).</summary>
    public int Width { get; init; } = 800;

    /// <summary>LinkedIn's loader script.</summary>
    public Uri LoaderScript { get; init; } = new("https://platform.linkedin.com/xdoor/scripts/in.js");

    /// <summary>The widget extension.</summary>
    public Uri Extension { get; init; } = new("https://platform.linkedin.com/rsc/extensions/profile-widget");
}
