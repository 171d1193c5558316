import type { MailSiteId } from './index';
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

/** Each mail site's adapter, by the id in the list of sites. */
export const MAIL_ADAPTERS: Record<MailSiteId, SiteAdapter> = { gmail, outlook };
