import { Department } from '../access/entities/department.ts';
import { AuditLogEntry } from '../audit/audit-log-entity.ts';
import { FormSubmission } from '../forms/form-submission-entity.ts';
import { Role } from '../access/entities/role.ts';
import { ApiToken } from '../auth/entities/api-token.ts';
import { Invitation } from '../auth/entities/invitation.ts';
import { Session } from '../auth/entities/session.ts';
import { User } from '../auth/entities/user.ts';
import { MailOutboxEntry } from '../mail/entities/mail-outbox-entry.ts';
import { Message } from '../messages/entities/message.ts';
import { Membership } from '../tenancy/entities/membership.ts';
import { Tenant } from '../tenancy/entities/tenant.ts';
import { Option } from '../taxonomy/entities/option.ts';
import { OptionSet } from '../taxonomy/entities/option-set.ts';

export const coreEntities = [Tenant, User, Session, Membership, Invitation, ApiToken, Message, MailOutboxEntry, Role, Department, FormSubmission, OptionSet, Option, AuditLogEntry];
