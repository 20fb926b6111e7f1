// Adapts the vault (electron/services/vault) to the send flow: records a turn into a
// conversation, and loads a conversation's history and placeholders to continue it.
import type { PlaceholderMap } from '../../../shared/placeholders';
import type { ChatMessage } from './client';
import type { ConversationSink, RecordedTurn } from './send';

/** The part of the Vault class the send flow uses. */
export interface VaultConversations {
  createConversation(input?: { title?: string }): { id: string };
  addMessage(conversationId: string, msg: RecordedTurn['messages'][number]): unknown;
  getConversation(id: string): {
    id: string;
    messages: { role: 'user' | 'assistant'; redacted: string; placeholderMap?: PlaceholderMap }[];
  };
}

/** A short title from the start of a prompt (the caller decides whether original or redacted). */
export function titleFrom(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? line.slice(0, 59) + '…' : line || 'Conversation';
}

export function vaultSink(vault: VaultConversations): ConversationSink {
  return {
    async recordTurn(turn: RecordedTurn) {
      const first = turn.messages[0];
      const conversationId =
        turn.conversationId ?? vault.createConversation({ title: titleFrom(first?.redacted ?? '') }).id;
      for (const m of turn.messages) vault.addMessage(conversationId, m);
      return { conversationId };
    },
  };
}

/** History (as sent/received) and the merged placeholder map of a stored conversation. */
export function conversationContext(
  vault: VaultConversations,
  id: string,
): { history: ChatMessage[]; placeholders: PlaceholderMap } {
  const conv = vault.getConversation(id);
  const placeholders: PlaceholderMap = {};
  const history: ChatMessage[] = [];
  for (const m of conv.messages) {
    history.push({ role: m.role, content: m.redacted });
    Object.assign(placeholders, m.placeholderMap ?? {});
  }
  return { history, placeholders };
}
